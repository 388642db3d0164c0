# make install honours PREFIX and DESTDIR and installs the binary and the man page
$ make -s install DESTDIR=$T PREFIX=/opt/rl >/dev/null && find $T -type f | sed "s|$T||" | sort && $T/opt/rl/bin/runlog --version
> /opt/rl/bin/runlog
> /opt/rl/share/man/man1/runlog.1
> runlog 0.1.0
