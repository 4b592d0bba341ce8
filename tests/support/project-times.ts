import type { Reporter, TestModule } from 'vitest/node';

interface Window {
	start: number;
	end: number;
	files: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints, after the run, each project's wall time: from its first test file starting to its last
 * one ending (projects overlap, so these do not add up), and the time before any file started,
 * which is the shared builds of the global setup.
 */
export default class ProjectTimes implements Reporter {
	private started = Date.now();
	private firstFile: number | undefined;
	private windows = new Map<string, Window>();

	onInit() {
		this.started = Date.now();
	}

	onTestModuleStart(module: TestModule) {
		const now = Date.now();
		this.firstFile ??= now;
		const name = module.project.name || 'root';
		const window = this.windows.get(name);
		if (window) window.start = Math.min(window.start, now);
		else this.windows.set(name, { start: now, end: now, files: 0 });
	}

	onTestModuleEnd(module: TestModule) {
		const window = this.windows.get(module.project.name || 'root');
		if (!window) return;
		window.end = Math.max(window.end, Date.now());
		window.files++;
	}

	onTestRunEnd() {
		const lines = [
			`start-up and global setup (the shared builds)  ${seconds((this.firstFile ?? Date.now()) - this.started)}`,
		];
		for (const [name, window] of [...this.windows].sort(([, a], [, b]) => a.start - b.start))
			lines.push(`${name.padEnd(8)} ${seconds(window.end - window.start).padStart(8)}  (${window.files} files)`);
		lines.push(`whole run ${seconds(Date.now() - this.started).padStart(7)}`);
		console.log(`\nWall time by project:\n  ${lines.join('\n  ')}\n`);
	}
}
