/**
 * Incomplete gamma and beta, zeta, exponential integrals, hypergeometric 0F1/1F1/2F1:
 * C in native/special/, JS in src/special/incomplete/.
 */
import type { FunctionInfo } from './types.js';
import { gammainc } from '../special/incomplete/gammainc.js';
import { gammaincc } from '../special/incomplete/gammaincc.js';
import { lowergamma } from '../special/incomplete/lowergamma.js';
import { uppergamma } from '../special/incomplete/uppergamma.js';
import { betainc } from '../special/incomplete/betainc.js';
import { betaincu } from '../special/incomplete/betaincu.js';
import { zeta } from '../special/incomplete/zeta.js';
import { E1 } from '../special/incomplete/e1.js';
import { Ei } from '../special/incomplete/ei.js';
import { expint } from '../special/incomplete/expint.js';
import { hurwitz_zeta } from '../special/incomplete/hurwitz-zeta.js';
import { hyp2f1 } from '../special/incomplete/hyp2f1.js';
import { hyp1f1 } from '../special/incomplete/hyp1f1.js';
import { hyp0f1 } from '../special/incomplete/hyp0f1.js';

export const SPECIAL_INCOMPLETE: FunctionInfo[] = [
  { name: 'zeta', arity: 1, c: 'sk_zeta', cSource: 'special/zeta.c', js: 'zeta', jsSpecial: true, evaluate: zeta },
  { name: 'E1', arity: 1, c: 'sk_e1', cSource: 'special/e1.c', js: 'E1', jsSpecial: true, evaluate: E1 },
  { name: 'Ei', arity: 1, c: 'sk_ei', cSource: 'special/ei.c', js: 'Ei', jsSpecial: true, evaluate: Ei },
  { name: 'expint', arity: 2, c: 'sk_expint', cSource: 'special/expint.c', js: 'expint', jsSpecial: true, evaluate: expint },
  { name: 'hurwitz_zeta', arity: 2, c: 'sk_hurwitz_zeta', cSource: 'special/hurwitz_zeta.c', js: 'hurwitz_zeta', jsSpecial: true, evaluate: hurwitz_zeta },
  { name: 'hyp2f1', arity: 4, c: 'sk_hyp2f1', cSource: 'special/hyp2f1.c', js: 'hyp2f1', jsSpecial: true, evaluate: hyp2f1 },
  { name: 'hyp1f1', arity: 3, c: 'sk_hyp1f1', cSource: 'special/hyp1f1.c', js: 'hyp1f1', jsSpecial: true, evaluate: hyp1f1 },
  { name: 'hyp0f1', arity: 2, c: 'sk_hyp0f1', cSource: 'special/hyp0f1.c', js: 'hyp0f1', jsSpecial: true, evaluate: hyp0f1 },
  { name: 'gammainc', arity: 2, c: 'sk_gammainc', cSource: 'special/gammainc.c', js: 'gammainc', jsSpecial: true, evaluate: gammainc },
  { name: 'gammaincc', arity: 2, c: 'sk_gammaincc', cSource: 'special/gammaincc.c', js: 'gammaincc', jsSpecial: true, evaluate: gammaincc },
  { name: 'lowergamma', arity: 2, c: 'sk_lowergamma', cSource: 'special/lowergamma.c', js: 'lowergamma', jsSpecial: true, evaluate: lowergamma },
  { name: 'uppergamma', arity: 2, c: 'sk_uppergamma', cSource: 'special/uppergamma.c', js: 'uppergamma', jsSpecial: true, evaluate: uppergamma },
  { name: 'betainc', arity: 3, c: 'sk_betainc', cSource: 'special/betainc.c', js: 'betainc', jsSpecial: true, evaluate: betainc },
  { name: 'betaincu', arity: 3, c: 'sk_betaincu', cSource: 'special/betaincu.c', js: 'betaincu', jsSpecial: true, evaluate: betaincu },
];
