# A large log is read in two halves at once. Forced on small logs: the halves
# joined (two interleaved athletes with bad rows, strength-only rows and a
# copy across the halves; slash dates decided in the second half; warnings in
# the second half), the middle inside a quoted field (one reader reads on),
# and a fatal error in the second half all give the bytes of one reader
$ sh tests/cli/split.sh $T
> same cohort
> same quoted
> same slash
> same open_quote
> same late_warnings
