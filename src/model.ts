/** Entry point `contact-elements/model.js`: the pure model, registers no element. */
export * from './model/index.js';
