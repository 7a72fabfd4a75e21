// Each locale's catalog is the union of its topic files; a topic file per concern keeps parallel work from
// colliding in one long file, and the catalog test checks both locales carry the same keys.
import enClaims from './en/claims.json';
import enConversation from './en/conversation.json';
import enHandoff from './en/handoff.json';
import enManners from './en/manners.json';
import enSeedNotes from './en/seedNotes.json';
import jaClaims from './ja/claims.json';
import jaConversation from './ja/conversation.json';
import jaHandoff from './ja/handoff.json';
import jaManners from './ja/manners.json';
import jaSeedNotes from './ja/seedNotes.json';

export const en = { ...enConversation, ...enClaims, ...enManners, ...enSeedNotes, ...enHandoff };
export const ja: Record<keyof typeof en, string> = {
  ...jaConversation,
  ...jaClaims,
  ...jaManners,
  ...jaSeedNotes,
  ...jaHandoff,
};
