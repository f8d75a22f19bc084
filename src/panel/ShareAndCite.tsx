import { useState } from 'react';
import { useLocalDataset } from '../data/local-dataset';
import { citeEvent } from '../domain/cite-event';
import { parseEdtf } from '../domain/edtf';
import type { Dataset, TimelineEvent } from '../domain/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import { copyText } from './copy-text';

interface ShareAndCiteProps {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  /** The full link to this view (with the event open). */
  /** The full link to this view (with the event open), read when it is used: the view moves. */
  readonly permalink: () => string;
}

function today(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`;
}

/** "Copy link" and "Cite": what a student leaves with. */
export function ShareAndCite({ dataset, event, permalink }: ShareAndCiteProps) {
  const { locale, messages } = useI18n();
  const [confirmation, setConfirmation] = useState('');
  const [showCitation, setShowCitation] = useState(false);
  const local = useLocalDataset();
  const cite = () => {
    const accessed = today();
    const accessedDate = parseEdtf(accessed);
    return citeEvent(event, dataset, {
      permalink: permalink(),
      accessed,
      dateText: formatEdtfRange(event.date, event.end, 'en', messages.dateWords),
      accessedText: accessedDate.ok
        ? formatEdtf(accessedDate.value, locale, messages.dateWords)
        : accessed,
    });
  };
  // Shown as it was when opened; copied as it is when copied (the view may have moved since).
  const citation = showCitation ? cite() : undefined;
  const copy = async (text: string, done: string) => {
    setConfirmation((await copyText(text)) ? done : messages.copyFailed);
  };
  return (
    <div className="share">
      {local && <p role="note">{messages.localFileNoLink}</p>}
      <div className="share-buttons">
        <button
          type="button"
          className="text-button"
          onClick={() => copy(permalink(), messages.linkCopied)}
        >
          {messages.copyLink}
        </button>
        <button
          type="button"
          className="text-button"
          aria-expanded={showCitation}
          onClick={() => setShowCitation((s) => !s)}
        >
          {messages.cite}
        </button>
      </div>
      {citation && (
        <div className="citation">
          <p className="citation-text">{citation.text}</p>
          <button
            type="button"
            className="text-button"
            onClick={() => copy(cite().text, messages.citationCopied)}
          >
            {messages.copyCitation}
          </button>
          <pre className="citation-bibtex">{citation.bibtex}</pre>
          <button
            type="button"
            className="text-button"
            onClick={() => copy(cite().bibtex, messages.bibtexCopied)}
          >
            {messages.copyBibtex}
          </button>
        </div>
      )}
      <p className="share-confirmation" role="status">
        {confirmation}
      </p>
    </div>
  );
}
