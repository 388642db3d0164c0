# each bad row of tests/data/bad_rows.csv on its own, between two good rows:
# without --strict it is skipped and counted and both good runs are analysed;
# with --strict it alone makes exit 65 and no chart folder is created
# (the exact warnings are in bad_rows.t)
$ for n in $(seq 3 18); do { sed -n 1,2p tests/data/bad_rows.csv; sed -n ${n}p tests/data/bad_rows.csv; tail -1 tests/data/bad_rows.csv; } > $T/one.csv; in=$(runlog analyze $T/one.csv --today 2025-12-01 --no-charts --format json 2>/dev/null | grep -o '"runs": [0-9]*, "scored_runs": [0-9]*, "skipped_rows": [0-9]*'); runlog analyze $T/one.csv --today 2025-12-01 --strict --out $T/p >/dev/null 2>&1; rc=$?; test -e $T/p && w=written || w=nothing; echo "line $n: $in; --strict: exit $rc, $w written"; done
> line 3: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 4: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 5: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 6: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 7: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 8: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 9: "runs": 3, "scored_runs": 2, "skipped_rows": 0; --strict: exit 65, nothing written
> line 10: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
> line 11: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
> line 12: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
> line 13: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
> line 14: "runs": 3, "scored_runs": 3, "skipped_rows": 0; --strict: exit 65, nothing written
> line 15: "runs": 3, "scored_runs": 3, "skipped_rows": 0; --strict: exit 65, nothing written
> line 16: "runs": 3, "scored_runs": 3, "skipped_rows": 0; --strict: exit 65, nothing written
> line 17: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
> line 18: "runs": 2, "scored_runs": 2, "skipped_rows": 1; --strict: exit 65, nothing written
