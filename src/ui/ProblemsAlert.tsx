import type { DatasetProblem } from '../data/problems';
import { revealControls } from '../domain/reveal-controls';
import { useI18n } from '../i18n/i18n-context';

const SHOWN_PROBLEMS = 100;

/** Records left out (errors) and references that did not resolve (warnings), with their paths. */
export function ProblemsAlert({ problems }: { problems: readonly DatasetProblem[] }) {
  const { messages } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const skipped = new Set(errors.map((p) => p.index ?? p.path)).size;
  const heading = [
    errors.length > 0 ? messages.someRecordsSkipped(skipped) : undefined,
    warnings.length > 0 ? messages.warningsCount(warnings.length) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`alert ${errors.length > 0 ? 'alert-error' : 'alert-warning'}`} role="alert">
      <p className="alert-title">{heading}</p>
      <details open={problems.length <= 5}>
        <summary>{messages.showProblems}</summary>
        <p>{messages.problemsIntro}</p>
        <ul className="problem-list">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one record can have several problems on one path
            <li key={i}>
              {problem.index !== undefined && (
                <span className="problem-record">
                  {messages.problemEvent(
                    problem.index,
                    problem.id === undefined ? undefined : revealControls(problem.id),
                  )}
                  :{' '}
                </span>
              )}
              <code>{revealControls(problem.path)}</code> {revealControls(problem.message)}
            </li>
          ))}
        </ul>
        {problems.length > SHOWN_PROBLEMS && <p>… +{problems.length - SHOWN_PROBLEMS}</p>}
      </details>
    </div>
  );
}
