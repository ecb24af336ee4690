import type { Catalog } from "../../core/i18n/translate";

/** The manifest validator's messages, one per problem kind (plus the command's own lines). */
export const manifestMessages = {
  notWellFormed: {
    "zh-CN": "XML 格式不正确（{detail}）",
    "en-US": "The XML is not well-formed ({detail})",
  },
  schemaViolation: {
    "zh-CN": "不符合加载项清单架构（libxml2 的说明：{detail}）",
    "en-US": "Does not follow the add-in manifest schema ({detail})",
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
  duplicateControlId: {
    "zh-CN": "控件 id“{id}”重复",
    "en-US": 'Control id "{id}" is used more than once',
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
    "zh-CN": "{file}：通过（清单架构 + {checks} 项检查）",
    "en-US": "{file}: OK (manifest schema + {checks} checks)",
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
