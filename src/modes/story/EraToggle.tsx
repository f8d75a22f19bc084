import { useI18n } from '../../i18n/i18n-context';

/** "Show eras": the periods drawn behind the timeline (the URL keeps `eras=0` when hidden). */
export function EraToggle({
  shown,
  onChange,
}: {
  shown: boolean;
  onChange: (shown: boolean) => void;
}) {
  const { messages } = useI18n();
  return (
    <label className="inline-field era-toggle">
      <input type="checkbox" checked={shown} onChange={(e) => onChange(e.target.checked)} />
      <span>{messages.showEras}</span>
    </label>
  );
}
