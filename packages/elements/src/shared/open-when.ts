/**
 * `<details ${openWhen(condition)}>`: opens the disclosure when `condition` becomes true (something
 * in it is filled in, or refused) and never closes it. A `?open` binding would close it around the
 * focused field when the handläggare clears the last value in it, and would not reopen one they had
 * closed by hand when a refusal points into it.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class OpenWhen extends Directive {
  private was = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('openWhen goes on a <details> element');
  }

  render(_condition: boolean): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [condition]: [boolean]): typeof noChange {
    if (condition && !this.was) (part.element as HTMLDetailsElement).open = true;
    this.was = condition;
    return noChange;
  }
}

export const openWhen = directive(OpenWhen);
