/** Catalogue lookups the assignment needs (names, the indirect-support marker, the overall goal). */
import type { Catalogue, LifeArea, OverallGoal, SupportType } from '../schema/index.js';

export const lifeArea = (catalogue: Catalogue, id: string): LifeArea | undefined => catalogue.lifeAreas.find((a) => a.id === id);
export const supportType = (catalogue: Catalogue, id: string): SupportType | undefined =>
  catalogue.supportTypes.find((s) => s.id === id);
/** M2: the life area marking indirect support (*Personligt stöd från person som vårdar …*). */
export const markerArea = (catalogue: Catalogue): LifeArea | undefined => catalogue.lifeAreas.find((a) => a.isIndirectSupportMarker);
/** M3: the overall goal tagging indirect support (*Underlätta för personer som vårdar …*). */
export const indirectSupportGoal = (catalogue: Catalogue): OverallGoal | undefined =>
  catalogue.overallGoals.find((g) => g.forIndirectSupport);
