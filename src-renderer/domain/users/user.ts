import { z } from 'zod';
import { id, requiredText, typedString } from '../common/fields';
import type { PasswordHash } from './password';
import { ROLES, type Role } from './roles';
import { PRESET_LANGUAGES } from '../settings/presets';

export interface UserRecord {
  id: string;
  username: string;
  name: string;
  role: Role;
  department: string;
  active: 0 | 1;
  password: PasswordHash;
  createdAt: number;
  failedSignIns: number;
  lockedUntil: number;
}

/** The signed-in user as every command sees it. */
export interface Actor {
  id: string;
  username: string;
  name: string;
  role: Role;
  department: string;
}

export function toActor(user: UserRecord): Actor {
  return { id: user.id, username: user.username, name: user.name, role: user.role, department: user.department };
}

/** The signed-in actor with the user's current name and department (the same object when nothing changed). */
export function currentActor(actor: Actor, user: UserRecord): Actor {
  const now = toActor(user);
  // A new role ends the user's sessions; until that is seen, the role signed in with stands.
  return now.name === actor.name && now.department === actor.department && now.username === actor.username ? actor : { ...now, role: actor.role };
}

const Username = typedString('validation.required')
  .toLowerCase()
  .min(2, { error: 'validation.usernameFormat' })
  .max(40, { error: 'validation.usernameFormat' })
  .regex(/^[a-z0-9._-]+$/, { error: 'validation.usernameFormat' });

export const SetupInput = z.object({
  username: Username,
  name: requiredText(60),
  password: z.string({ error: 'validation.required' }),
  /** The language of the names the desk starts with (centre, departments, sub-categories: domain/settings/presets.ts). */
  presets: z.enum(PRESET_LANGUAGES, { error: 'validation.chooseOne' }).default('zh-CN'),
});

export const SignInInput = z.object({
  username: typedString('validation.required').toLowerCase().min(1, { error: 'validation.required' }).max(40),
  password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200),
});

export const SaveUserInput = z.object({
  id: id().optional(),
  username: Username,
  name: requiredText(60),
  role: z.enum(ROLES, { error: 'validation.chooseOne' }),
  department: requiredText(60),
  active: z.boolean({ error: 'validation.chooseOne' }).default(true),
  /** Required for a new user; for an existing one, use users.resetPassword. */
  password: z.string({ error: 'validation.invalid' }).optional(),
});

export const ResetPasswordInput = z.object({ id: id(), password: z.string({ error: 'validation.required' }) });
export const ChangePasswordInput = z.object({
  current: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
  next: z.string({ error: 'validation.required' }),
});
