import { z } from 'zod';

/** The five teams a participant can belong to; each has one colour in the UI and the PDF. */
export const TEAMS = ['marketing', 'sales', 'sdr', 'operations', 'leadership'] as const;
export const teamSchema = z.enum(TEAMS);
export type Team = z.infer<typeof teamSchema>;

/** Who owns a goal or a commitment: one side or both. */
export const OWNERS = ['marketing', 'sales', 'shared'] as const;
export const ownerSchema = z.enum(OWNERS);
export type Owner = z.infer<typeof ownerSchema>;
