import { Initial1795366156257 } from './1795366156257-Initial';

/** Every migration, in order. The data source reads this list, so the build and tests see the same. */
export const migrations = [Initial1795366156257];
