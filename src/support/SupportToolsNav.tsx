import { Link } from 'react-router';
import { useText } from '../app/use-text.ts';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../engine/ids.ts';

/** Links between the support tools of a flow; the current one is marked, not linked. */
export function SupportToolsNav({ flowId, current }: { flowId: string; current: 'map' | 'link' }) {
  const { t, lng } = useText();
  const tools = [
    { step: MAP_STEP, label: t('supportTools.mapLink') },
    { step: LINK_STEP, label: t('supportTools.linkLink') },
    { step: ALL_STEP, label: t('supportTools.articleLink') },
  ];
  return (
    <nav className="support-tools" aria-label={t('supportTools.toolsNav')}>
      <ul className="support-tools__list">
        {tools.map((tool) => (
          <li key={tool.step}>
            {tool.step === current ? (
              <span aria-current="page">{tool.label}</span>
            ) : (
              <Link to={`/${lng}/${flowId}/${tool.step}`}>{tool.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
