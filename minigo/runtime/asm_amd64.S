/*
 * Switching stacks on x86-64: the only part of the scheduler that C cannot say.
 *
 * A switched-out context is nothing but a stack pointer.  Everything else the
 * System V ABI asks a callee to preserve (rbx, rbp, r12-r15) is pushed on the
 * old stack before sp is saved, and popped from the new stack after it is
 * loaded; the caller-saved registers are dead across the call by the ABI, so they
 * need no saving.  That makes a switch a dozen instructions (no syscall, no signal
 * mask: swapcontext costs twenty times more).  The x87 control word and MXCSR are
 * not saved: neither Go code nor the runtime changes them.
 *
 * Layout of a saved context, from the saved sp upwards:
 *     r15 r14 r13 r12 rbx rbp <return address>
 * so the saved frame pointer is at sp+40 and the pc at sp+48 (sched.h's
 * CONTEXT_FRAME_OFFSET / CONTEXT_PC_OFFSET, which tracebacks of parked goroutines
 * start from).
 *
 * A new goroutine's stack is pre-filled with that same layout: r12 = the function,
 * r13 = its argument, rbp = 0 (the end of the frame chain), and the return address
 * = runtime_goroutine_entry.  The first switch to it therefore "returns" into the
 * entry trampoline, which calls fn(argument) with sp 16-byte aligned and then
 * runtime_goexit().
 *
 * Another architecture supplies the same three symbols in asm_<arch>.S.
 */
#if defined(__x86_64__)
    .text

/* void runtime_context_switch(uintptr_t *save_sp, uintptr_t new_sp) */
    .globl runtime_context_switch
    .type runtime_context_switch, @function
    .p2align 4
runtime_context_switch:
    .cfi_startproc
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .cfi_endproc
    .size runtime_context_switch, .-runtime_context_switch

/* void enter_syscall(void): the collector scans a goroutine in a system call
 * from its caller's sp, with the callee-saved registers its caller had, which
 * the kernel or the C code below may hold anywhere.  So they are saved here,
 * before any C code can change them, and enter_syscall_recorded (syscall.c)
 * copies them into the G. */
    .globl enter_syscall
    .type enter_syscall, @function
    .p2align 4
enter_syscall:
    .cfi_startproc
    subq $56, %rsp              /* six registers and a pad: sp 16-byte aligned */
    .cfi_adjust_cfa_offset 56
    movq %rbx, 0(%rsp)
    movq %rbp, 8(%rsp)
    movq %r12, 16(%rsp)
    movq %r13, 24(%rsp)
    movq %r14, 32(%rsp)
    movq %r15, 40(%rsp)
    movq %rsp, %rdi
    call enter_syscall_recorded
    addq $56, %rsp
    .cfi_adjust_cfa_offset -56
    ret
    .cfi_endproc
    .size enter_syscall, .-enter_syscall

/* uintptr_t runtime_context_make(uintptr_t stack_top, void (*fn)(void *), void *argument)
 * stack_top must be 16-byte aligned; returns the sp to switch to. */
    .globl runtime_context_make
    .type runtime_context_make, @function
    .p2align 4
runtime_context_make:
    .cfi_startproc
    leaq runtime_goroutine_entry(%rip), %rax
    movq %rax, -8(%rdi)         /* return address: after the ret, sp = stack_top */
    movq $0, -16(%rdi)          /* rbp: ends the frame-pointer chain */
    movq $0, -24(%rdi)          /* rbx */
    movq %rsi, -32(%rdi)        /* r12 = fn */
    movq %rdx, -40(%rdi)        /* r13 = argument */
    movq $0, -48(%rdi)          /* r14 */
    movq $0, -56(%rdi)          /* r15 */
    leaq -56(%rdi), %rax
    ret
    .cfi_endproc
    .size runtime_context_make, .-runtime_context_make

/* The bottom frame of every goroutine.  Entered by ret with
 * sp = stack_top (16-byte aligned), so the call below sees the ABI's alignment. */
    .globl runtime_goroutine_entry
    .type runtime_goroutine_entry, @function
    .p2align 4
runtime_goroutine_entry:
    .cfi_startproc
    .cfi_undefined rip          /* unwinders stop here */
    movq %r13, %rdi
    callq *%r12
    callq runtime_goexit
    ud2
    .cfi_endproc
    .size runtime_goroutine_entry, .-runtime_goroutine_entry

/* A goroutine's first run, entered by the first switch's ret while sp is still in
 * the G's start_frame (its stack is bound lazily, so goroutines created in a burst
 * cost no stack pages until they run).  Moves to the M's scheduler stack (g0, free
 * while a goroutine runs; M.g0_sp is at offset 8, pinned by goroutine.c), binds a
 * stack there, then starts fn(argument) as runtime_goroutine_entry does for any
 * goroutine.  rbx holds the G. */
    .globl goroutine_first_entry
    .hidden goroutine_first_entry
    .type goroutine_first_entry, @function
    .p2align 4
goroutine_first_entry:
    .cfi_startproc
    .cfi_undefined rip
    movq runtime_current_m@gottpoff(%rip), %rax
    movq %fs:(%rax), %rax
    movq 8(%rax), %rsp
    andq $-16, %rsp
    movq %rbx, %rdi
    call goroutine_bind_stack
    movq %rax, %rsp
    jmp runtime_goroutine_entry
    .cfi_endproc
    .size goroutine_first_entry, .-goroutine_first_entry

/* F's argument registers back from where __morestack saved them (below its rbp) */
.macro reload_argument_registers
    movq -8(%rbp), %rdi
    movq -16(%rbp), %rsi
    movq -24(%rbp), %rdx
    movq -32(%rbp), %rcx
    movq -40(%rbp), %r8
    movq -48(%rbp), %r9
    movq -56(%rbp), %rax
    movdqu -80(%rbp), %xmm0
    movdqu -96(%rbp), %xmm1
    movdqu -112(%rbp), %xmm2
    movdqu -128(%rbp), %xmm3
    movdqu -144(%rbp), %xmm4
    movdqu -160(%rbp), %xmm5
    movdqu -176(%rbp), %xmm6
    movdqu -192(%rbp), %xmm7
.endm

/* __morestack: called by the split-stack prologue of a Go function F (LLVM emits
 * it) when F's frame would reach below the guard word.  On entry:
 *     r10 = F's frame size, r11 = the size of F's arguments on the stack,
 *     (%rsp) = the address of the `ret` that follows the call in F,
 *     8(%rsp) = F's return address (F's sp on entry), F's stack arguments above it,
 * and F's own argument registers are live.  stack_grow (stack.c) returns 0 when F
 * fits where it is (a preemption request: it has yielded already); then F is
 * entered at the instruction after that `ret`, as if its check had passed.
 * Otherwise it returns the top of a new segment: the stack arguments are copied
 * there, F's body is called on it, and when it returns (results in rax, rdx,
 * rcx, r8, xmm0-xmm3) the old segment becomes current again and we return to F's `ret`,
 * which returns to F's caller.  (r10 carries no argument: codegen uses no `nest`
 * parameters.)  The frame built here keeps the frame-pointer
 * chain whole across segments (tracebacks skip it: its pc is not Go code). */
    .globl __morestack
    .type __morestack, @function
    .p2align 4
__morestack:
    .cfi_startproc
    pushq %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset rbp, -16
    movq %rsp, %rbp
    .cfi_def_cfa_register rbp
    /* F's argument registers, below the frame: -8 .. -56 integer, -64 .. -192 xmm */
    subq $192, %rsp
    movq %rdi, -8(%rbp)
    movq %rsi, -16(%rbp)
    movq %rdx, -24(%rbp)
    movq %rcx, -32(%rbp)
    movq %r8, -40(%rbp)
    movq %r9, -48(%rbp)
    movq %rax, -56(%rbp)
    movdqu %xmm0, -80(%rbp)
    movdqu %xmm1, -96(%rbp)
    movdqu %xmm2, -112(%rbp)
    movdqu %xmm3, -128(%rbp)
    movdqu %xmm4, -144(%rbp)
    movdqu %xmm5, -160(%rbp)
    movdqu %xmm6, -176(%rbp)
    movdqu %xmm7, -192(%rbp)
    movq %r10, %rdi             /* frame size */
    movq %r11, %rsi             /* argument size */
    pushq %r11                  /* sp: 16-byte aligned again */
    leaq 16(%rbp), %rdx         /* F's sp on entry */
    call stack_grow
    popq %r11
    testq %rax, %rax
    jz .Lmorestack_fits
    /* new segment: copy r11 bytes of arguments from 24(%rbp) to below its top */
    movq %r11, %rcx
    addq $15, %rcx
    andq $-16, %rcx
    subq %rcx, %rax             /* rax: F's sp after its return address is pushed + 8 */
    movq %r11, %rcx
    shrq $3, %rcx
    jz 1f                       /* (rep has a start-up cost even for nothing) */
    leaq 24(%rbp), %rsi
    movq %rax, %rdi
    rep movsq
1:  movq %rax, %rsp
    movq 8(%rbp), %r11
    addq $1, %r11               /* F's body: after the `ret` following the call */
    reload_argument_registers
    call *%r11
    /* F returned: keep its results across the switch back (LLVM returns a
     * first-class aggregate in rax, rdx, rcx, r8 and xmm0-xmm3) */
    movq %rax, -8(%rbp)
    movq %rdx, -16(%rbp)
    movq %rcx, -24(%rbp)
    movq %r8, -32(%rbp)
    movdqu %xmm0, -80(%rbp)
    movdqu %xmm1, -96(%rbp)
    movdqu %xmm2, -112(%rbp)
    movdqu %xmm3, -128(%rbp)
    leaq -200(%rbp), %rsp       /* 16-byte aligned */
    call stack_return_from_segment
    movq -8(%rbp), %rax
    movq -16(%rbp), %rdx
    movq -24(%rbp), %rcx
    movq -32(%rbp), %r8
    movdqu -80(%rbp), %xmm0
    movdqu -96(%rbp), %xmm1
    movdqu -112(%rbp), %xmm2
    movdqu -128(%rbp), %xmm3
    movq %rbp, %rsp
    popq %rbp
    .cfi_def_cfa rsp, 8
    ret
.Lmorestack_fits:
    .cfi_def_cfa rbp, 16
    reload_argument_registers
    movq %rbp, %rsp
    popq %rbp
    .cfi_def_cfa rsp, 8
    popq %r11
    addq $1, %r11
    jmpq *%r11
    .cfi_endproc
    .size __morestack, .-__morestack
    .globl stack_morestack_end
    .hidden stack_morestack_end
stack_morestack_end:

/* void stack_switch_call(void (*fn)(void *), void *argument, uintptr_t stack_top):
 * fn(argument) with sp at stack_top (16-byte aligned), then back (stack.c's
 * stack_call_with_room).  rbp links fn's frames to ours across the segments. */
    .globl stack_switch_call
    .hidden stack_switch_call
    .type stack_switch_call, @function
    .p2align 4
stack_switch_call:
    .cfi_startproc
    pushq %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset rbp, -16
    movq %rsp, %rbp
    .cfi_def_cfa_register rbp
    movq %rdi, %rax
    movq %rsi, %rdi
    movq %rdx, %rsp
    call *%rax
    movq %rbp, %rsp
    popq %rbp
    .cfi_def_cfa rsp, 8
    ret
    .cfi_endproc
    .size stack_switch_call, .-stack_switch_call

    .section .note.GNU-stack,"",@progbits
#endif
