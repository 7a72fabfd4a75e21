// Each locale's catalog is the union of its topic files; a topic file per concern keeps parallel work from
// colliding in one long file, and the catalog test checks both locales carry the same keys.
import enConversation from './en/conversation.json';
import jaConversation from './ja/conversation.json';
import enClaims from './en/claims.json';
import jaClaims from './ja/claims.json';
import enSeedNotes from './en/seedNotes.json';
import jaSeedNotes from './ja/seedNotes.json';

export const en = { ...enConversation, ...enClaims, ...enSeedNotes };
export const ja: Record<keyof typeof en, string> = { ...jaConversation, ...jaClaims, ...jaSeedNotes };
