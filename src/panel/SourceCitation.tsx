import { safeLinkUrl } from '../domain/safe-url';
import type { Source, SourceId } from '../domain/types';
import { useI18n } from '../i18n/i18n-context';

interface SourceCitationProps {
  readonly id: SourceId;
  readonly source: Source | undefined;
  /** Publisher and title only, for a statement's source line. */
  readonly compact?: boolean;
}

/** A source as a reader cites it; its URL becomes a link only when it is http or https. */
export function SourceCitation({ id, source, compact = false }: SourceCitationProps) {
  const { messages } = useI18n();
  if (!source) return <span className="source-unknown">{messages.unknownSource(id)}</span>;
  const href = safeLinkUrl(source.url);
  const title = source.title ?? source.publisher ?? source.id;
  return (
    <span className="source">
      {source.publisher && source.title && (
        <span className="source-publisher">{source.publisher}: </span>
      )}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {title}
          <span className="visually-hidden"> {messages.opensInNewTab}</span>
        </a>
      ) : (
        <span className="source-title">{title}</span>
      )}
      {!compact && source.published && (
        <span className="source-date"> ({messages.published(source.published)})</span>
      )}
      {!compact && !href && source.url && <span className="source-url"> {source.url}</span>}
    </span>
  );
}
