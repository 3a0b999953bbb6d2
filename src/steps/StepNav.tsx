import { Link } from 'react-router';
import { flowHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';

/** Back (to the previous step, answers kept) and Start again (no answers). */
export function StepNav({ wizard, backTo }: { wizard: WizardState; backTo: string }) {
  const { t } = useText();
  return (
    <nav className="step-nav" aria-label={t('question.stepNav')}>
      <Link className="back-link" to={backTo}>
        {t('question.back')}
      </Link>
      <Link className="step-nav__restart" to={flowHref(wizard.lng, wizard.flow.id, wizard.keep)}>
        {t('question.startAgain')}
      </Link>
    </nav>
  );
}
