/** Where the bundled real data and the fixtures live, for tests. */
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEMO = join(ROOT, "data", "demo");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const SYRIA = join(DEMO, "ucdp", "ged191-syria-2016-2019.csv.gz");
export const IRAQ = join(DEMO, "ucdp", "ged191-iraq-hdx-1989-2018.csv.gz");
export const SAMPLE231 = join(DEMO, "ucdp", "ged231-sample-1000.csv.gz");
export const MIRROR = join(DEMO, "ucdp", "ged261-candidate-mirror.json.gz");
