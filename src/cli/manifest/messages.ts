import type { Catalog } from "../../core/i18n/translate";

/** The manifest validator's messages, one per problem kind (plus the command's own lines). */
export const manifestMessages = {
  notWellFormed: {
    "zh-CN": "XML 格式不正确（{detail}）",
    "en-US": "The XML is not well-formed ({detail})",
  },
  wrongRoot: {
    "zh-CN": '根元素必须是 <OfficeApp xsi:type="TaskPaneApp">，实际是 {found}',
    "en-US": 'The root element must be <OfficeApp xsi:type="TaskPaneApp">, found {found}',
  },
  missingElement: {
    "zh-CN": "<{parent}> 缺少必需的 <{element}>",
    "en-US": "<{parent}> is missing the required <{element}>",
  },
  outOfOrder: {
    "zh-CN": "<{parent}> 中的 <{element}> 必须放在 <{after}> 之前（架构规定的顺序：{order}）",
    "en-US": "In <{parent}>, <{element}> must come before <{after}> (schema order: {order})",
  },
  unexpectedElement: {
    "zh-CN": "<{parent}> 中不允许出现 <{element}>（允许：{order}）",
    "en-US": "<{element}> is not allowed in <{parent}> (allowed: {order})",
  },
  duplicateElement: {
    "zh-CN": "<{parent}> 中的 <{element}> 只能出现一次",
    "en-US": "<{element}> may appear only once in <{parent}>",
  },
  badId: {
    "zh-CN": "<Id> 必须是 GUID（例如 5337c789-3b15-4e08-89d8-4d39513b72dc），实际是“{value}”",
    "en-US": '<Id> must be a GUID (like 5337c789-3b15-4e08-89d8-4d39513b72dc), found "{value}"',
  },
  badVersion: {
    "zh-CN": "<Version> 必须是 n.n.n.n 形式（例如 0.1.0.0），实际是“{value}”",
    "en-US": '<Version> must look like n.n.n.n (for example 0.1.0.0), found "{value}"',
  },
  missingWorkbookHost: {
    "zh-CN": '<Hosts> 必须包含 <Host Name="Workbook"/>（Excel）',
    "en-US": '<Hosts> must contain <Host Name="Workbook"/> (Excel)',
  },
  missingRequirement: {
    "zh-CN": '<Requirements> 缺少 <Set Name="{set}" MinVersion="{version}"/>',
    "en-US": '<Requirements> is missing <Set Name="{set}" MinVersion="{version}"/>',
  },
  unknownResid: {
    "zh-CN": "resid“{resid}”没有对应的资源（{section}）",
    "en-US": 'resid "{resid}" has no resource (expected in {section})',
  },
  wrongResidType: {
    "zh-CN": "resid“{resid}”应在 {section} 中定义，却是在 {found} 中定义的",
    "en-US": 'resid "{resid}" must be defined in {section}, but it is in {found}',
  },
  residTooLong: {
    "zh-CN": "resid“{resid}”有 {length} 个字符，最多 32 个",
    "en-US": 'resid "{resid}" has {length} characters; the limit is 32',
  },
  duplicateResourceId: {
    "zh-CN": "资源 id“{id}”重复定义",
    "en-US": 'Resource id "{id}" is defined more than once',
  },
  badUrl: {
    "zh-CN": "“{url}”不是有效的 URL",
    "en-US": '"{url}" is not a valid URL',
  },
  notHttps: {
    "zh-CN": "“{url}”必须使用 https",
    "en-US": '"{url}" must use https',
  },
  otherOrigin: {
    "zh-CN": "“{url}”与任务窗格（{origin}）不在同一来源",
    "en-US": '"{url}" is not on the task pane\'s origin ({origin})',
  },
  iconNotInAssets: {
    "zh-CN": "图标“{url}”必须位于 assets/ 下",
    "en-US": 'Icon "{url}" must live under assets/',
  },
  iconMissing: {
    "zh-CN": "图标文件 {file} 不存在或不是 PNG",
    "en-US": "Icon file {file} does not exist or is not a PNG",
  },
  iconSize: {
    "zh-CN": "图标 {file} 是 {width}×{height} 像素，应为 {expected}×{expected}",
    "en-US": "Icon {file} is {width}×{height} pixels; it must be {expected}×{expected}",
  },
  missingIconSize: {
    "zh-CN": '<{parent}> 的 <Icon> 缺少 size="{size}" 的图片',
    "en-US": 'The <Icon> of <{parent}> has no image of size="{size}"',
  },
  stringTooLong: {
    "zh-CN": "“{id}”（{locale}）有 {length} 个字符，最多 {limit} 个",
    "en-US": '"{id}" ({locale}) has {length} characters; the limit is {limit}',
  },
  duplicateControlId: {
    "zh-CN": "控件 id“{id}”重复",
    "en-US": 'Control id "{id}" is used more than once',
  },
  controlIdTooLong: {
    "zh-CN": "控件 id“{id}”有 {length} 个字符，最多 125 个",
    "en-US": 'Control id "{id}" has {length} characters; the limit is 125',
  },
  actionNotLast: {
    "zh-CN": "控件“{id}”中的 <Action> 必须位于 <Label>、<Supertip> 和 <Icon> 之后",
    "en-US": 'In control "{id}", <Action> must come after <Label>, <Supertip> and <Icon>',
  },
  functionNotAssociated: {
    "zh-CN": 'ExecuteFunction“{name}”没有在 src/commands 中用 Office.actions.associate("{name}", …) 注册',
    "en-US":
      'ExecuteFunction "{name}" is not registered in src/commands with Office.actions.associate("{name}", …)',
  },
  runtimeMismatch: {
    "zh-CN": "共享运行时要求 {element} 使用 resid“{expected}”，实际是“{found}”",
    "en-US": 'The shared runtime needs {element} to use resid "{expected}", found "{found}"',
  },
  commandOk: {
    "zh-CN": "{file}：通过（{checks} 项检查）",
    "en-US": "{file}: OK ({checks} checks)",
  },
  commandFailed: {
    "zh-CN": "{file}：发现 {count} 个问题",
    "en-US": "{file}: {count} problem(s)",
  },
  commandUsage: {
    "zh-CN": "用法：validateManifestCommand <manifest.xml>",
    "en-US": "Usage: validateManifestCommand <manifest.xml>",
  },
  commandCannotRead: {
    "zh-CN": "无法读取 {file}：{detail}",
    "en-US": "Cannot read {file}: {detail}",
  },
} as const satisfies Catalog;

export type ManifestMessageId = keyof typeof manifestMessages;
