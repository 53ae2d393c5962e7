// The Parcours journey model: pure types, schemas, factories, operations, layout and migrations.
export * from './vocabulary';
export * from './ids';
export * from './card';
export * from './cardText';
export * from './journey';
export * from './persona';
export * from './workspace';
export * from './palette';
export * from './factories';
export * from './queries';
export * from './migrations';
export * from './validate';
export * from './layout';
export * as ops from './operations';
export { applyRecipe, combine, type JourneyRecipe, type JourneyEdit } from './operations/recipe';
export * from './personaEdits';
export * from './journeyTemplate';
export * from './savedTemplates';
