import type { BuyingRole } from '../../../shared/workshop/steps/targetBuyer';

/** What each role means, said in one breath, for the role picker. */
export const ROLE_HINT: Record<BuyingRole, string> = {
  decisionMaker: 'Signs off the purchase',
  influencer: 'Shapes the choice',
  user: 'Works with it every day',
  gatekeeper: 'Controls access: IT, security, procurement',
};

/** CSS class carrying the role colour; "no role yet" has its own neutral one. */
export const roleClass = (role: BuyingRole | null) => `role-${role ?? 'none'}`;
