import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQueryOptions, type LoadProgress } from './dataset-query';

/** The dataset at `url`, with what a loading screen needs to show. Shared by every mode. */
export function useDataset(url: string) {
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  const query = useQuery(datasetQueryOptions(url, setProgress));
  const retry = () => {
    setProgress(undefined);
    void query.refetch();
  };
  return { query, progress, retry };
}
