"""The standard-library packages minigo supplies before its stdlib is written in Go:
their exported names and types, as Go declares them.  Codegen implements each Func by
its link_name ('math.Sqrt')."""
from __future__ import annotations

from minigo.types.typesystem import (
    Const, Func, Named, Package, Scope, Signature, Tuple, Var,
)
from minigo.packages import GO_STD_PACKAGES   # the loader reads the list too
from minigo.types.universe import UNIVERSE

# Every exported name of these packages in Go 1.19 (from Go's api/ lists), so that a name
# Go has but minigo lacks reads `not supported yet` rather than `undefined`.
GO_EXPORTS = {
    "os": frozenset("""
        Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ
        ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist
        ErrPermission ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode
        FindProcess Getegid Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid
        Getwd Hostname Interrupt IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill
        Lchown Link LinkError LookupEnv Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice
        ModeDevice ModeDir ModeExclusive ModeIrregular ModeNamedPipe ModePerm ModeSetgid
        ModeSetuid ModeSocket ModeSticky ModeSymlink ModeTemporary ModeType NewFile
        NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open
        OpenFile PathError PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState
        ReadDir ReadFile Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile
        Setenv Signal StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir
        Truncate Unsetenv UserCacheDir UserConfigDir UserHomeDir WriteFile
    """.split()),
    "crypto/rand": frozenset("Int Prime Read Reader".split()),
    "os/exec": frozenset("Cmd Command CommandContext ErrDot ErrNotFound Error ExitError LookPath".split()),
    "os/signal": frozenset("Ignore Ignored Notify NotifyContext Reset Stop".split()),
    "io/fs": frozenset("""
        DirEntry ErrClosed ErrExist ErrInvalid ErrNotExist ErrPermission FS File FileInfo
        FileInfoToDirEntry FileMode Glob GlobFS ModeAppend ModeCharDevice ModeDevice ModeDir
        ModeExclusive ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket
        ModeSticky ModeSymlink ModeTemporary ModeType PathError ReadDir ReadDirFS ReadDirFile
        ReadFile ReadFileFS SkipDir Stat StatFS Sub SubFS ValidPath WalkDir WalkDirFunc
    """.split()),
    "strconv": frozenset("""
        AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII
        AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi
        CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt
        FormatUint IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat
        ParseInt ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII
        QuoteToGraphic QuotedPrefix Unquote UnquoteChar
    """.split()),
    "math": frozenset("""
        Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc
        Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits
        Float64frombits Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10
        Ln2 Log Log10 Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16
        MaxInt32 MaxInt64 MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt
        MinInt16 MinInt32 MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi Pow Pow10
        Remainder Round RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32
        SmallestNonzeroFloat64 Sqrt Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn
    """.split()),
    "runtime": frozenset("""
        BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers
        CallersFrames Compiler Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS
        GOOS GOROOT Goexit GoroutineProfile Gosched KeepAlive LockOSThread MemProfile
        MemProfileRate MemProfileRecord MemStats MutexProfile NumCPU NumCgoCall
        NumGoroutine ReadMemStats ReadTrace SetBlockProfileRate SetCPUProfileRate
        SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack StackRecord
        StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread
        Version
    """.split()),
    "runtime/debug": frozenset("""
        BuildInfo BuildSetting FreeOSMemory GCStats Module ParseBuildInfo PrintStack
        ReadBuildInfo ReadGCStats SetGCPercent SetMaxStack SetMaxThreads SetMemoryLimit
        SetPanicOnFault SetTraceback Stack WriteHeapDump
    """.split()),
    "sync": frozenset("""
        Cond Locker Map Mutex NewCond Once Pool RWMutex WaitGroup
    """.split()),
    "sync/atomic": frozenset("""
        AddInt32 AddInt64 AddUint32 AddUint64 AddUintptr Bool CompareAndSwapInt32
        CompareAndSwapInt64 CompareAndSwapPointer CompareAndSwapUint32
        CompareAndSwapUint64 CompareAndSwapUintptr Int32 Int64 LoadInt32 LoadInt64
        LoadPointer LoadUint32 LoadUint64 LoadUintptr Pointer StoreInt32 StoreInt64
        StorePointer StoreUint32 StoreUint64 StoreUintptr SwapInt32 SwapInt64
        SwapPointer SwapUint32 SwapUint64 SwapUintptr Uint32 Uint64 Uintptr Value
    """.split()),
    "time": frozenset("""
        ANSIC After AfterFunc April August Date December Duration February FixedZone
        Friday Hour January July June Kitchen Layout LoadLocation LoadLocationFromTZData
        Local Location March May Microsecond Millisecond Minute Monday Month Nanosecond
        NewTicker NewTimer November Now October Parse ParseDuration ParseError
        ParseInLocation RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822 RFC822Z RFC850
        RubyDate Saturday Second September Since Sleep Stamp StampMicro StampMilli
        StampNano Sunday Thursday Tick Ticker Time Timer Tuesday UTC Unix UnixDate
        UnixMicro UnixMilli Until Wednesday Weekday
    """.split()),
    "context": frozenset("""
        Background CancelFunc Canceled Context DeadlineExceeded TODO WithCancel
        WithDeadline WithTimeout WithValue
    """.split()),
    "log": frozenset("""
        Default Fatal Fatalf Fatalln Flags LUTC Ldate Llongfile Lmicroseconds Lmsgprefix
        Logger Lshortfile LstdFlags Ltime New Output Panic Panicf Panicln Prefix Print
        Printf Println SetFlags SetOutput SetPrefix Writer
    """.split()),
    "flag": frozenset("""
        Arg Args Bool BoolVar CommandLine ContinueOnError Duration DurationVar ErrHelp
        ErrorHandling ExitOnError Flag FlagSet Float64 Float64Var Func Getter Int Int64
        Int64Var IntVar Lookup NArg NFlag NewFlagSet PanicOnError Parse Parsed
        PrintDefaults Set String StringVar TextVar Uint Uint64 Uint64Var UintVar
        UnquoteUsage Usage Value Var Visit VisitAll
    """.split()),
    "errors": frozenset("""
        As Is New Unwrap
    """.split()),
}

# The methods and exported fields Go 1.19 gives the library types minigo declares (from
# Go's api/ lists), so that one minigo lacks reads `not supported yet`, not `undefined`.
GO_MEMBERS: dict[str, frozenset] = {}


def member_lacking(t, name: str) -> bool:
    """Whether name is a method or field Go's library type t has and minigo's lacks."""
    if not isinstance(t, Named) or t.obj.pkg is None or not t.obj.pkg.is_library:
        return False
    return name in GO_MEMBERS.get(f"{t.obj.pkg.path}.{t.obj.name}", ())


def _params(*types, variadic=False, names=None):
    names = names or [""] * len(types)
    return Tuple([Var(name, t, is_param=True) for name, t in zip(names, types)])


def _signature(params, results, variadic=False):
    return Signature(_params(*params), _params(*results), variadic)


class _Builder:
    def __init__(self, path: str):
        self.package = Package(path=path, name=path.rsplit("/", 1)[-1], scope=Scope(UNIVERSE, "package"),
                               is_library=True)

    def func(self, name, params, results, variadic=False):
        signature = _signature(params, results, variadic)
        obj = Func(name, signature, pkg=self.package, link_name=f"{self.package.path}.{name}")
        self.package.scope.insert(obj)

    def const(self, name, const_type, value):
        self.package.scope.insert(Const(name, const_type, pkg=self.package, value=value))


def fake_package(path: str) -> Package:
    """A stand-in for a package minigo cannot import yet: any use of it is silent (the
    import itself was reported), as go/types treats packages that failed to import."""
    return Package(path=path, name=path.rsplit("/", 1)[-1], scope=Scope(UNIVERSE, "package"),
                   is_library=True, fake=True)


PACKAGES: dict[str, Package] = {}
