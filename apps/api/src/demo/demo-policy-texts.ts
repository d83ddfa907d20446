import { DEMO_POLICY, type DemoPolicyText } from './demo-policy';
import { DEMO_POLICY_DA } from './demo-policy-da';
import { DEMO_POLICY_EL } from './demo-policy-el';
import { DEMO_POLICY_NL } from './demo-policy-nl';
import { DEMO_POLICY_SV } from './demo-policy-sv';

/** The demo policy's texts: the English original first (its main language), then translations. */
export const DEMO_POLICY_TEXTS: readonly DemoPolicyText[] = [
  DEMO_POLICY,
  DEMO_POLICY_NL,
  DEMO_POLICY_DA,
  DEMO_POLICY_SV,
  DEMO_POLICY_EL,
];
