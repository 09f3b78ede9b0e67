import { describeBadInput } from "./bad-input.ts";

describeBadInput("ged-csv");
