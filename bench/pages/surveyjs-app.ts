/**
 * What a page needs to show the six-step form with SurveyJS: survey-core, survey-js-ui and the form
 * JSON. Its production bundle (plus survey-core.min.css) is what the size comparison counts for SurveyJS,
 * as the bundle of `packages/elements/src/define.ts` is what it counts for us.
 */
import { SurveyModel } from 'survey-core';
// Swedish for SurveyJS's own strings (buttons, progress, errors), as our element speaks Swedish.
import 'survey-core/i18n/swedish';
import { renderSurvey, unmountComponentAtNode } from 'survey-js-ui';
import { surveyJson } from '../surveyjs-form.js';

export const mountSurvey = (container: HTMLElement, data: Record<string, unknown>, page?: string): SurveyModel => {
  const survey = new SurveyModel(surveyJson);
  survey.data = data;
  if (page) survey.currentPage = survey.getPageByName(page);
  renderSurvey(survey, container);
  return survey;
};

export const unmountSurvey = (container: HTMLElement, survey: SurveyModel): void => {
  unmountComponentAtNode(container);
  survey.dispose();
};
