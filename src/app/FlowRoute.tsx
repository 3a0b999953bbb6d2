import { use } from 'react';
import { Outlet, useParams } from 'react-router';
import { isFlowId } from '../i18n/flow-registry.ts';
import { flowResources } from '../i18n/text-resource.ts';
import { NotFound } from './NotFound.tsx';

/**
 * `/:lng/:flowId/*`: an unknown flow is "not found"; a known one waits for
 * its definition and step text (downloaded for this flow only), then renders
 * the step below it.
 */
export function FlowRoute() {
  const { lng = '', flowId = '' } = useParams();
  if (!isFlowId(flowId)) return <NotFound key={flowId} />;
  use(flowResources(lng, flowId));
  return <Outlet />;
}
