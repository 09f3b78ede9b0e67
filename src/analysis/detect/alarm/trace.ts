/** What every online rule returns: per month (index-aligned with the counts) a statistic and an alarm flag. */
export interface AlarmTrace {
  statistic: number[];
  alarm: boolean[];
}
