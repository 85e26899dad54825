/** JS implementations of the incomplete group; one file per function, re-exported here. */
export {};
export { zeta } from './zeta.js';
export { E1 } from './e1.js';
export { Ei } from './ei.js';
export { expint } from './expint.js';
export { hurwitz_zeta } from './hurwitz-zeta.js';
export { hyp2f1 } from './hyp2f1.js';
export { hyp1f1 } from './hyp1f1.js';
export { hyp0f1 } from './hyp0f1.js';
export { gammainc } from './gammainc.js';
export { gammaincc } from './gammaincc.js';
export { lowergamma } from './lowergamma.js';
export { uppergamma } from './uppergamma.js';
export { betainc } from './betainc.js';
export { betaincu } from './betaincu.js';
