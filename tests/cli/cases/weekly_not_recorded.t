# a log without meal or strength columns: the week's table has no rows for
# skipped meals or strength sessions (never "0 ... same"), and report.json
# gives them as null (issue 17: what the file does not record is not
# evidence), and the whole-log section says what the log does not record
$ cd $T; printf 'date,distance_km,pain\n' > nm.csv; for i in $(seq 0 59); do echo "$(date -u -d "2025-03-01 + $((i * 2)) days" +%F),5,$((i % 5))" >> nm.csv; done; runlog weekly nm.csv --out w --week 2025-W15 > /dev/null; grep -c '^| \(skipped meals\|strength sessions\)' w/2025-W15/report.md; grep '^Not recorded' w/2025-W15/report.md; grep -o '"skipped_meal_[a-z]*": [a-z0-9]*\|"strength_sessions": [a-z0-9]*' w/2025-W15/report.json | sort -u
> 0
> Not recorded: meals before and after runs (no ate\_before or ate\_after column), strength sessions (no strength column)
> "skipped_meal_after": null
> "skipped_meal_before": null
> "strength_sessions": null
