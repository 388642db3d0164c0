# A large log is read in chunks on N threads. Forced on small logs (2, 3 and
# 8 threads, small chunks): chunks joined (two interleaved athletes with bad
# rows, strength-only rows and a copy across chunks; slash dates decided in a
# later chunk; warnings in later chunks), cuts inside quoted fields (the main
# reader reads on), a fatal error in a later chunk, a record after a million
# blank lines, athletes over the limit only when the chunks are put
# together, many warnings, an athlete the log does not have (whose message
# lists the names it does), and two exports joined whose second part names
# its athletes in another order, all give the bytes of one reader
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
