# A large log is read in two halves at once. Forced on small logs: the halves
# joined (two interleaved athletes with bad rows, strength-only rows and a
# copy across the halves; slash dates decided in the second half; warnings in
# the second half), the middle inside a quoted field (one reader reads on),
# a fatal error in the second half, a record after a million blank lines,
# athletes over the limit only when the halves are put together, and more
# warnings than the second reader keeps, and an athlete the log does not
# have (whose message lists the names it does), and two exports joined whose
# second half names its athletes in another order, all give the bytes of one
# reader
$ sh tests/cli/split.sh $T
> same cohort
> same quoted
> same slash
> same open_quote
> same late_warnings
> same blank_lines
> same athlete_limit
> same many_warnings
> same no_such_athlete
> same renumbered
