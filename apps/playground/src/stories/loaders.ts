import type { Desk } from '../desk/desk';
import { storyDesk, storyUser, type DeskStoryData, type TicketScene } from './storyDesk';

/** A loader giving a fresh desk and the ticket scene `build` makes on it. */
export function sceneLoader(build: (desk: Desk) => Promise<TicketScene>) {
  return async (context: {
    parameters?: unknown;
  }): Promise<DeskStoryData & { scene: TicketScene }> => {
    const data = await storyDesk(storyUser(context));
    return { ...data, scene: await build(data.desk) };
  };
}

/** The scene a {@link sceneLoader} prepared. */
export function loadedScene(loaded: Record<string, unknown>): TicketScene {
  const scene = (loaded as { scene?: TicketScene }).scene;
  if (!scene) throw new Error('This story needs a sceneLoader.');
  return scene;
}
