import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const text = (max = 2000) => z.string().max(max);
