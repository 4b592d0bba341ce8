import { spawn } from 'node:child_process';

/**
 * Runs a Node script in a child process with this Node. With `quiet` (the default) its output
 * is kept and returned, stdout and stderr in the order they came; otherwise it is printed. After
 * `timeoutMs` the process is killed, and the output says so.
 */
export function runNode(
	args: string[],
	{ cwd, env, quiet = true, timeoutMs }: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; timeoutMs?: number },
): Promise<{ status: number | null; output: string }> {
	const child = spawn(process.execPath, args, { cwd, env, stdio: quiet ? 'pipe' : 'inherit' });
	let output = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const timer = timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (status, signal) => {
			clearTimeout(timer);
			resolve({ status, output: signal ? `${output}\nstopped after ${timeoutMs} ms (${signal})` : output });
		});
	});
}
