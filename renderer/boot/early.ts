// A second, async entry of index.html: runs as soon as it arrives, before the main bundle has.
import { startEarlyRead } from './earlySummaries';

startEarlyRead();
