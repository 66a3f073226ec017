// os/exec over fork/exec and wait4: Run/Output/CombinedOutput of /bin/sh
// commands, exit codes as *ExitError (gc's "exit status 3" and "signal:
// terminated" texts, ExitCode, Stderr captured by Output), Stdin from a
// Reader, Stdout/Stderr to Writers, StdinPipe/StdoutPipe/StderrPipe, Dir and
// Env, LookPath and its errors, Start/Wait misuse; os.StartProcess,
// Process.Wait/Signal/Kill and ProcessState.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

func sh(script string) *exec.Cmd { return exec.Command("/bin/sh", "-c", script) }

func main() {
	outputs()
	exitCodes()
	streams()
	pipes()
	dirAndEnv()
	lookups()
	misuse()
	processes()
}

func outputs() {
	out, err := sh("echo hello; echo to stderr >&2").Output()
	fmt.Printf("Output %q %v\n", out, err)
	out, err = sh("echo one; echo two >&2; echo three").CombinedOutput()
	fmt.Printf("CombinedOutput %q %v\n", out, err)
	out, err = exec.Command("echo", "a b", "c").Output()
	fmt.Printf("echo %q %v\n", out, err)
	err = sh("true").Run()
	fmt.Println("Run true:", err)
	big, err := sh("i=0; while [ $i -lt 2000 ]; do echo line $i; i=$((i+1)); done").Output()
	fmt.Println("big output:", len(big), bytes.Count(big, []byte("\n")), err)
}

func exitCodes() {
	for _, script := range []string{"exit 3", "exit 255", "echo oops >&2; exit 1", "kill -TERM $$", "kill -KILL $$"} {
		out, err := sh(script).Output()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			fmt.Printf("%-22q %q err=%q code=%d exited=%v success=%v stderr=%q\n", script, out, err.Error(), ee.ExitCode(), ee.Exited(), ee.Success(), ee.Stderr)
			status := ee.Sys().(syscall.WaitStatus)
			fmt.Println("   status:", status.Exited(), status.ExitStatus(), status.Signaled(), status.Signal())
		} else {
			fmt.Println(script, "no ExitError:", err)
		}
	}
	var stderr bytes.Buffer
	cmd := sh("echo kept >&2; exit 2")
	cmd.Stderr = &stderr
	_, err := cmd.Output()
	fmt.Printf("Stderr set: %q %v %q\n", stderr.String(), err, err.(*exec.ExitError).Stderr)
	fmt.Println("ProcessState:", cmd.ProcessState, cmd.ProcessState.ExitCode(), cmd.ProcessState.Success())
}

func streams() {
	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader("from a Reader\nsecond line\n")
	var out bytes.Buffer
	cmd.Stdout = &out
	fmt.Println("cat:", cmd.Run(), strings.Count(out.String(), "\n"), strings.ToUpper(out.String()[:4]))
	cmd = sh("cat; echo err-line >&2")
	cmd.Stdin = strings.NewReader("in\n")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	fmt.Printf("split: %v %q %q\n", cmd.Run(), o.String(), e.String())
	cmd = sh("wc -c")
	cmd.Stdin = bytes.NewReader(bytes.Repeat([]byte("x"), 300000))
	out.Reset()
	cmd.Stdout = &out
	fmt.Println("large stdin:", cmd.Run(), strings.TrimSpace(out.String()))
	f, err := os.Create("from-child.txt")
	if err != nil {
		panic(err)
	}
	cmd = sh("echo into a file")
	cmd.Stdout = f
	fmt.Println("to *os.File:", cmd.Run())
	f.Close()
	data, _ := os.ReadFile("from-child.txt")
	fmt.Printf("%q\n", data)
	out.Reset()
	cmd = exec.Command("cat")
	cmd.Stdout = &out
	fmt.Printf("nil Stdin: %v %q\n", cmd.Run(), out.String())
}

func pipes() {
	cmd := exec.Command("tr", "a-z", "A-Z")
	in, err := cmd.StdinPipe()
	if err != nil {
		panic(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	fmt.Println("Start:", cmd.Start())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(in, "line %d\n", i)
		}
		in.Close()
	}()
	scanner := bufio.NewScanner(out)
	for scanner.Scan() {
		fmt.Println("piped:", scanner.Text())
	}
	fmt.Println("Wait:", cmd.Wait())
	fmt.Println("close again:", in.Close())

	cmd = sh("echo e1 >&2; echo e2 >&2; exit 4")
	errPipe, _ := cmd.StderrPipe()
	cmd.Start()
	data, _ := io.ReadAll(errPipe)
	fmt.Printf("StderrPipe %q %v\n", data, cmd.Wait())
}

func dirAndEnv() {
	os.Mkdir("sub", 0755)
	cmd := exec.Command("pwd")
	cmd.Dir = "sub"
	out, err := cmd.Output()
	fmt.Println("Dir:", strings.HasSuffix(strings.TrimSpace(string(out)), "/sub"), err)
	cmd = sh("echo $GREETING-$OTHER")
	cmd.Env = []string{"GREETING=hi", "OTHER=x", "OTHER=y"}
	out, err = cmd.Output()
	fmt.Printf("Env: %q %v %q\n", out, err, cmd.Environ())
	os.Setenv("MINIGO_EXEC_TEST", "inherited")
	out, _ = sh("echo $MINIGO_EXEC_TEST").Output()
	fmt.Printf("inherited: %q\n", out)
	cmd = exec.Command("pwd")
	cmd.Dir = "no-such-folder"
	err = cmd.Run()
	fmt.Println("bad Dir:", err)
}

func lookups() {
	path, err := exec.LookPath("sh")
	fmt.Println("LookPath sh:", strings.HasSuffix(path, "/sh"), err)
	_, err = exec.LookPath("no-such-program-minigo")
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	var execErr *exec.Error
	fmt.Println(errors.As(err, &execErr), execErr.Name)
	_, err = exec.LookPath("./missing/prog")
	fmt.Println(err)
	os.WriteFile("notexec.sh", []byte("echo hi\n"), 0644)
	_, err = exec.LookPath("./notexec.sh")
	fmt.Println(err)
	cmd := exec.Command("no-such-program-minigo", "arg")
	fmt.Println("Command error:", cmd.Err, "|", cmd.String())
	fmt.Println("Run:", cmd.Run())
	out, err := exec.Command("no-such-program-minigo").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	err = exec.Command("./notexec.sh").Run()
	fmt.Println("not executable:", err)
	fmt.Println("String:", exec.Command("/bin/echo", "x", "y").String())
}

func misuse() {
	cmd := sh("true")
	fmt.Println("Wait before Start:", cmd.Wait())
	cmd.Run()
	fmt.Println("Start twice:", cmd.Start())
	fmt.Println("Wait twice:", cmd.Wait())
	cmd = sh("true")
	cmd.Stdout = os.Stdout
	_, err := cmd.Output()
	fmt.Println(err)
	_, err = cmd.CombinedOutput()
	fmt.Println(err)
	cmd = sh("true")
	cmd.Stderr = os.Stderr
	_, err = cmd.CombinedOutput()
	fmt.Println(err)
	_, err = cmd.StderrPipe()
	fmt.Println(err)
	cmd = sh("true")
	cmd.Start()
	_, err = cmd.StdinPipe()
	fmt.Println(err)
	_, err = cmd.StdoutPipe()
	fmt.Println(err)
	cmd.Wait()
	var empty exec.Cmd
	fmt.Println("empty Cmd:", empty.Run())
}

func processes() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo started by StartProcess; exit 7"},
		&os.ProcAttr{Files: []*os.File{nil, w, os.Stderr}})
	if err != nil {
		panic(err)
	}
	w.Close()
	data, _ := io.ReadAll(r)
	state, err := p.Wait()
	fmt.Printf("%q %v %v %d %v\n", data, state, err, state.ExitCode(), state.Pid() == p.Pid)
	fmt.Println("Signal after Wait:", p.Signal(os.Interrupt))
	_, err = p.Wait()
	fmt.Println("Wait again:", err)

	p, err = os.StartProcess("/bin/sleep", []string{"sleep", "30"}, &os.ProcAttr{})
	if err != nil {
		panic(err)
	}
	fmt.Println("Kill:", p.Kill())
	state, err = p.Wait()
	fmt.Println(state, err, state.Exited(), state.ExitCode(), state.String())

	p, _ = os.StartProcess("/bin/sleep", []string{"sleep", "30"}, &os.ProcAttr{})
	fmt.Println("Signal:", p.Signal(syscall.SIGTERM))
	state, _ = p.Wait()
	fmt.Println(state)

	_, err = os.StartProcess("/no/such/program", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)
	_, err = os.StartProcess("/bin/sh", []string{"sh"}, &os.ProcAttr{Dir: "/no/such/dir"})
	fmt.Println(err)
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.Signal(40))
}
