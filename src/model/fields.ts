/**
 * Field lists used at runtime by forms, messages and merging. Kept apart from `contact.ts`
 * so that importing them does not bring the zod schemas into a bundle.
 */
/** Fields of a contact that a patch, a draft and a merge choice can name. */
export const EDITABLE_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'avatarUrl',
  'country',
  'language',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
