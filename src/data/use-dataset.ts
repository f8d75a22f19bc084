import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQueryOptions, type LoadProgress, localDatasetQueryOptions } from './dataset-query';
import { useLocalDataset } from './local-dataset';

/**
 * The dataset at `url`, or the file opened from this device, with what a loading screen needs to
 * show. Shared by every mode.
 */
export function useDataset(url: string) {
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  const local = useLocalDataset();
  const query = useQuery(
    local ? localDatasetQueryOptions(local, setProgress) : datasetQueryOptions(url, setProgress),
  );
  const retry = () => {
    setProgress(undefined);
    void query.refetch();
  };
  return { query, progress, retry, local };
}
