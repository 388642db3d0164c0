# no command at all is a usage error
$ runlog 2>&1 | head -1; runlog 2>/dev/null
? 64
> usage: runlog COMMAND [options]
