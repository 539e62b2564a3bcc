// The document title of a screen. React 19 hoists <title> into <head>.
export const APP_NAME = 'Study Deck';

export function PageTitle({ title }: { title?: string }) {
  return <title>{title ? `${title} · ${APP_NAME}` : APP_NAME}</title>;
}
