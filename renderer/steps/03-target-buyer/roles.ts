import type { BuyingRole } from '../../../shared/workshop/steps/targetBuyer';

/** CSS class carrying the role colour; "no role yet" has its own neutral one. */
export const roleClass = (role: BuyingRole | null) => `role-${role ?? 'none'}`;
