import { describeBadInput } from "./bad-input.ts";

describeBadInput("gtd");
