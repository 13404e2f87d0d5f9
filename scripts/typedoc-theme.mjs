/**
 * The API pages' theme: TypeDoc's default theme, but a type alias or variable page opens with its
 * description and example, then its declaration. A node type inferred from its schema (`Root`)
 * declares a structure thousands of lines long, and by default the page prints it first.
 */
import {DefaultTheme, DefaultThemeRenderContext, JSX} from 'typedoc'

class DescriptionFirstContext extends DefaultThemeRenderContext {
  constructor(...args) {
    super(...args)
    const declaration = this.memberDeclaration
    this.memberDeclaration = (reflection) => {
      // Members listed on another page keep the usual order: there the declaration is one line.
      if (reflection !== this.page.model) return declaration(reflection)
      const {commentSummary, commentTags} = this
      const description = JSX.createElement(JSX.Fragment, null, commentSummary(reflection), commentTags(reflection))
      // The declaration renders the comment too; it has been shown.
      this.commentSummary = () => undefined
      this.commentTags = () => undefined
      try {
        return JSX.createElement(JSX.Fragment, null, description, declaration(reflection))
      } finally {
        this.commentSummary = commentSummary
        this.commentTags = commentTags
      }
    }
  }
}

class DescriptionFirstTheme extends DefaultTheme {
  ContextClass = DescriptionFirstContext
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineTheme('description-first', DescriptionFirstTheme)
}
