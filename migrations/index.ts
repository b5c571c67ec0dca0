import { Initial1795366156257 } from './1795366156257-Initial';
import { Safehouses1795366656840 } from './1795366656840-Safehouses';

/** Every migration, in order. The data source reads this list, so the build and tests see the same. */
export const migrations = [Initial1795366156257, Safehouses1795366656840];
