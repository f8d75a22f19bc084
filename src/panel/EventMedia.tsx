import { type ReactNode, useId } from 'react';
import { placeMedia } from '../domain/media-placement';
import type { Dataset, Media } from '../domain/types';
import { useI18n } from '../i18n/i18n-context';
import { SourceCitation } from './SourceCitation';
import './media.css';

interface EventMediaProps {
  readonly dataset: Dataset;
  readonly media: readonly Media[];
  /** The dataset's address as loaded: media URLs are relative to it. */
  readonly datasetUrl: string;
}

/**
 * Pictures, sound and video about an event: shown and played only from the app's own site;
 * from anywhere else, and for `link` media, a link that tells it leaves the site.
 */
export function EventMedia({ dataset, media, datasetUrl }: EventMediaProps) {
  const { messages } = useI18n();
  const headingId = useId();
  const pageUrl = document.baseURI;
  const items = media
    .map((item) => ({ item, placement: placeMedia(item, datasetUrl, pageUrl) }))
    .filter(({ placement }) => placement.kind !== 'none');
  if (items.length === 0) return null;
  const textProps = { lang: dataset.language, dir: 'auto' as const };
  return (
    <>
      <h3 id={headingId}>{messages.media}</h3>
      <ul className="media-list" aria-labelledby={headingId}>
        {items.map(({ item, placement }, i) => {
          const caption = item.caption ?? (placement.kind === 'link' ? undefined : item.alt);
          const source = item.source;
          const notes = (item.credit || source) && (
            <span className="media-notes">
              {item.credit && <span>{messages.mediaCredit(item.credit)}</span>}
              {source && (
                <span>
                  {messages.sourceLabel}:{' '}
                  <SourceCitation id={source} source={dataset.sources.get(source)} compact />
                </span>
              )}
            </span>
          );
          let body: ReactNode;
          switch (placement.kind) {
            case 'image':
              body = (
                <figure className="media-figure">
                  <img
                    src={placement.src}
                    alt={item.alt}
                    loading="lazy"
                    decoding="async"
                    {...textProps}
                  />
                  {(item.caption || notes) && (
                    <figcaption>
                      {item.caption && <span {...textProps}>{item.caption}</span>}
                      {notes}
                    </figcaption>
                  )}
                </figure>
              );
              break;
            case 'audio':
            case 'video': {
              const label = caption ?? messages.mediaLink[placement.kind];
              body = (
                <figure className="media-figure">
                  {placement.kind === 'audio' ? (
                    // biome-ignore lint/a11y/useMediaCaption: a dataset gives no caption track; its caption is shown beside
                    <audio controls preload="none" src={placement.src} aria-label={label} />
                  ) : (
                    // biome-ignore lint/a11y/useMediaCaption: a dataset gives no caption track; its caption is shown beside
                    <video controls preload="metadata" src={placement.src} aria-label={label} />
                  )}
                  <figcaption>
                    <span {...textProps}>{label}</span>
                    {notes}
                  </figcaption>
                </figure>
              );
              break;
            }
            case 'link': {
              const text = item.caption ?? item.alt ?? messages.mediaLink[item.kind];
              body = (
                <p className="media-link">
                  <span className="media-kind">{messages.mediaLink[item.kind]}</span>{' '}
                  <a
                    href={placement.href}
                    rel={placement.elsewhere ? 'noopener noreferrer' : undefined}
                    {...textProps}
                  >
                    {text}
                  </a>
                  {placement.elsewhere && (
                    <span className="media-elsewhere"> ({messages.mediaElsewhere})</span>
                  )}
                  {notes}
                </p>
              );
              break;
            }
          }
          // biome-ignore lint/suspicious/noArrayIndexKey: media of one immutable event
          return <li key={i}>{body}</li>;
        })}
      </ul>
    </>
  );
}
