import type { LoadedScene } from '../schemas/scene.ts';
import type { ContentProblem } from '../loader/problems.ts';

/**
 * Doorways join scenes in pairs: each one names a doorway of another scene that names it back, so
 * walking through and turning round brings the visitor to where they were.
 */
export function doorwayLinkProblems(
  scene: LoadedScene,
  scenes: readonly LoadedScene[],
  sceneIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, expected: string) => problems.push({ file: scene.file, field, expected });
  scene.doorways.forEach((door, i) => {
    const { to } = door;
    if (!sceneIds.has(to.scene)) {
      const known = [...sceneIds].join(', ');
      problem(
        `doorways[${i}].to.scene`,
        `a scene in scenes/ (${known}), found "${to.scene}" (no scenes/${to.scene}.json)`,
      );
      return;
    }
    const target = scenes.find((s) => s.id === to.scene);
    if (!target) return; // its own problems are reported; its doorways are unknown
    const other = target.doorways.find((d) => d.id === to.doorway);
    if (!other) {
      const known = target.doorways.map((d) => d.id).join(', ') || 'none';
      problem(`doorways[${i}].to.doorway`, `a doorway id of ${target.file} (${known}), found "${to.doorway}"`);
      return;
    }
    if (other.to.scene !== scene.id || other.to.doorway !== door.id) {
      problem(
        `doorways[${i}].to`,
        `a doorway that leads back here: ${target.file} doorway "${other.id}" leads to ` +
          `"${other.to.scene}/${other.to.doorway}", not "${scene.id}/${door.id}"`,
      );
    }
    if (other.kind !== door.kind) {
      problem(`doorways[${i}].kind`, `"${other.kind}", the kind of ${target.file} doorway "${other.id}" it leads to`);
    }
  });
  return problems;
}
