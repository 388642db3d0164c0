# a factor whose column is missing, or empty in every row, is "Not
# recorded" in the findings, in the file's terms (the diary's, with
# --diary), never "insufficient" with counts, and has no row in the table
# of factors; JSON lists it in "not_recorded"; the meals chart says what is
# missing
$ { echo date,distance_km,pain; seq -f '2026-01-%02g,5,2' 1 30; } > $T/a.csv; { echo date,distance_km; seq -f '2026-01-%02g,5' 1 30; } > $T/g.csv; { echo date,pain,notes; seq -f '2026-01-%02g,2,' 1 30; } > $T/d.csv; { echo date,pain,ate_before,ate_after,strength; seq -f '2026-01-%02g,2,,,' 1 30; } > $T/e.csv; runlog analyze $T/a.csv --no-charts | sed -n '/^  Not recorded/{N;p}'; runlog analyze $T/a.csv --no-charts | grep -c -e '^  skipped meal' -e '^  no strength' -e 'against 0'; runlog analyze $T/a.csv --no-charts -f json | grep '^  "not_recorded"'; (cd $T && runlog analyze g.csv --diary d.csv --no-charts -f markdown | grep '^Not recorded'); runlog analyze $T/e.csv --no-charts -f html | grep 'Not recorded'; runlog analyze $T/g.csv --diary $T/d.csv --out $T/c --chart-format svg > /dev/null && grep -o 'no meals recorded[^<]*' $T/c/pain_by_meals.svg
>   Not recorded: meals before and after runs (no ate_before or ate_after
>   column), strength sessions (no strength column)
> 0
>   "not_recorded": ["meal_before", "meal_after", "strength"],
> Not recorded: meals before and after runs (the diary d.csv has no ate\_before or ate\_after column), strength sessions (the diary d.csv has no strength column)
> <p>Not recorded: meals before and after runs (the ate_before and ate_after columns are empty), strength sessions (the strength column is empty), jumps in distance and long runs (no distance column)</p>
> no meals recorded: the diary has no ate_before or ate_after column
